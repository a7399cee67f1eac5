import { Route, Routes } from 'react-router'
import { AppFrame } from './AppFrame'
import { HomePage } from '../features/home/HomePage'
import { ForumListPage } from '../features/forums/ForumListPage'
import { ForumFormPage } from '../features/forums/ForumFormPage'
import { ForumDetailPage } from '../features/forums/ForumDetailPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { FollowUpPage } from '../features/follow-up/FollowUpPage'

export function App() {
  return (
    <Routes>
      <Route element={<AppFrame />}>
        <Route index element={<HomePage />} />
        <Route path="forums" element={<ForumListPage />} />
        <Route path="forums/new" element={<ForumFormPage />} />
        <Route path="forums/:forumId/edit" element={<ForumFormPage />} />
        <Route path="forums/:forumId" element={<ForumDetailPage />} />
        <Route path="follow-up" element={<FollowUpPage />} />
        <Route path="settings" element={<SettingsPage />} />
      </Route>
    </Routes>
  )
}
