import { Route, Routes } from 'react-router'
import { AppFrame } from './AppFrame'
import { NotOnProjector, ShellBridge } from './ShellBridge'
import { HomePage } from '../features/home/HomePage'
import { ForumListPage } from '../features/forums/ForumListPage'
import { ForumFormPage } from '../features/forums/ForumFormPage'
import { ForumDetailPage } from '../features/forums/ForumDetailPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { FollowUpPage } from '../features/follow-up/FollowUpPage'
import { ActionItemPage } from '../features/follow-up/ActionItemPage'
import { ReminderWatcher } from '../features/follow-up/ReminderWatcher'
import { AgendaPage } from '../features/agenda/AgendaPage'
import { LivePage } from '../features/live/LivePage'
import { ProjectorPage } from '../features/projector/ProjectorPage'
import { AppLockGate } from '../features/data-safety/AppLockGate'
import { DataSafetyPage } from '../features/data-safety/DataSafetyPage'
import { ParticipantsPage } from '../features/participants/ParticipantsPage'
import { PeoplePage } from '../features/participants/PeoplePage'
import { CheckinPage } from '../features/checkin/CheckinPage'
import { DocumentsPage } from '../features/documents/DocumentsPage'
import { VerifyPage } from '../features/documents/VerifyPage'

export function App() {
  return (
    <AppLockGate>
      <NotOnProjector>
        <ShellBridge />
        <ReminderWatcher />
      </NotOnProjector>
      <Routes>
        <Route element={<AppFrame />}>
          <Route index element={<HomePage />} />
          <Route path="forums" element={<ForumListPage />} />
          <Route path="forums/new" element={<ForumFormPage />} />
          <Route path="forums/:forumId/edit" element={<ForumFormPage />} />
          <Route path="forums/:forumId" element={<ForumDetailPage />} />
          <Route path="forums/:forumId/participants" element={<ParticipantsPage />} />
          <Route path="forums/:forumId/checkin" element={<CheckinPage />} />
          <Route path="forums/:forumId/agenda" element={<AgendaPage />} />
          <Route path="forums/:forumId/live" element={<LivePage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="forums/:forumId/documents" element={<DocumentsPage />} />
          <Route path="verify" element={<VerifyPage />} />
          <Route path="follow-up" element={<FollowUpPage />} />
          <Route path="follow-up/:actionItemId" element={<ActionItemPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="settings/data-safety" element={<DataSafetyPage />} />
        </Route>
        <Route path="projector/:forumId" element={<ProjectorPage />} />
      </Routes>
    </AppLockGate>
  )
}
