import { Route, Routes } from 'react-router'
import { AppFrame } from './AppFrame'
import { useStrayDropGuard } from '../ui/DropZone'
import { NotOnProjector, ShellBridge } from './ShellBridge'
import { HomePage } from '../features/home'
import { ForumDetailPage, ForumFormPage, ForumLayout, ForumListPage } from '../features/forums'
import { SettingsPage } from '../features/settings'
import { ActionItemPage, FollowUpPage, ReminderWatcher } from '../features/follow-up'
import { AgendaPage } from '../features/agenda'
import { LivePage } from '../features/live'
import { ProjectorPage } from '../features/projector'
import { AppLockGate, DataSafetyPage } from '../features/data-safety'
import { ParticipantsPage, PeoplePage } from '../features/participants'
import { CheckinPage, KioskGuard } from '../features/checkin'
import { DocumentsPage, VerifyPage } from '../features/documents'
import { HelpPage } from '../features/help'

export function App() {
  useStrayDropGuard()
  return (
    <AppLockGate>
      <NotOnProjector>
        <ShellBridge />
        <ReminderWatcher />
      </NotOnProjector>
      <Routes>
        <Route
          element={
            <KioskGuard>
              <AppFrame />
            </KioskGuard>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="forums" element={<ForumListPage />} />
          <Route path="forums/new" element={<ForumFormPage />} />
          <Route path="forums/:forumId/edit" element={<ForumFormPage />} />
          <Route path="forums/:forumId" element={<ForumLayout />}>
            <Route index element={<ForumDetailPage />} />
            <Route path="participants" element={<ParticipantsPage />} />
            <Route path="checkin" element={<CheckinPage />} />
            <Route path="agenda" element={<AgendaPage />} />
            <Route path="live" element={<LivePage />} />
            <Route path="documents" element={<DocumentsPage />} />
          </Route>
          <Route path="people" element={<PeoplePage />} />
          <Route path="verify" element={<VerifyPage />} />
          <Route path="follow-up" element={<FollowUpPage />} />
          <Route path="follow-up/:actionItemId" element={<ActionItemPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="settings/data-safety" element={<DataSafetyPage />} />
          <Route path="help" element={<HelpPage />} />
        </Route>
        <Route path="projector/:forumId" element={<ProjectorPage />} />
      </Routes>
    </AppLockGate>
  )
}
