export { AgendaPage } from './AgendaPage'
