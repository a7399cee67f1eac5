export { DocumentsPage } from './DocumentsPage'
export { VerifyPage } from './VerifyPage'
