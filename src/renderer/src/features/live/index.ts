// The live room owns the running forum's data and the channel to the projector; the agenda editor
// and the projector read through here.
export { LivePage } from './LivePage'
export { Countdown } from './LiveTimer'
export {
  pickDayId,
  useAgendaItems,
  useAgreements,
  useIssues,
  useParticipantChoices,
  type ParticipantChoice,
} from './hooks'
export {
  DEFAULT_PROJECTOR_LOOK,
  DEFAULT_PROJECTOR_VIEW,
  NEW_AGREEMENT_DRAFT,
  projectorSettingKey,
  useProjectorChannel,
  type ProjectorLook,
  type ProjectorView,
} from './projector-channel'
