import 'fake-indexeddb/auto'
import { configureZodMessages } from '@shared/domain/messages'

configureZodMessages()
