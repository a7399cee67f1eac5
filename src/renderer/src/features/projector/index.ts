export { ProjectorPage } from './ProjectorPage'
