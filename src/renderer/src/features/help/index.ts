// Bantuan: the offline manual (route #/help, F1 in the desktop menu).
export { HelpPage } from './HelpPage'
