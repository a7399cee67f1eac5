// Participants owns the forum's list and its attendance; the check-in desk works through here.
export { ParticipantsPage } from './ParticipantsPage'
export { PeoplePage } from './PeoplePage'
export { DaySelect } from './DaySelect'
export { PersonForm } from './PersonForm'
export { EMPTY_PERSON } from './PersonFields'
export { useErrorMessage } from './error-text'
export {
  useAttendanceByParticipant,
  useDayAttendance,
  useForumParticipants,
  useParticipantById,
  useParticipantSearch,
  type ParticipantEntry,
} from './hooks'
