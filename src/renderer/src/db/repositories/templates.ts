import { savedTemplateSchema, templateFromForum, type SavedTemplate } from '@shared/templates'
import { nowIso, type RepoContext } from '../context'
import { requireRecord } from '../records'
import { validate } from '../validation'
import { createSettingsRepository } from './settings'

/** The organisation's own forum templates, kept under the `forumTemplates` setting. */
export function createTemplatesRepository(ctx: RepoContext) {
  const { db } = ctx
  const settings = createSettingsRepository(ctx)

  return {
    list(): Promise<SavedTemplate[]> {
      return settings.get('forumTemplates')
    },

    /** "Simpan sebagai templat": the forum's kind, text and first day's agenda, named. */
    async saveFromForum(forumId: string, name: string): Promise<SavedTemplate> {
      return db.transaction('rw', db.forums, db.agendaItems, db.settings, async () => {
        const forum = await requireRecord(db.forums, forumId, 'forum')
        const agenda = await db.agendaItems.where('forumId').equals(forumId).toArray()
        const saved = validate(
          savedTemplateSchema,
          'template',
          templateFromForum(forum, agenda, { id: ctx.newId(), name, createdAt: nowIso(ctx) }),
        )
        await settings.set('forumTemplates', [...(await settings.get('forumTemplates')), saved])
        return saved
      })
    },

    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const kept = (await settings.get('forumTemplates')).filter((t) => t.id !== id)
        await settings.set('forumTemplates', kept)
      })
    },
  }
}

export type TemplatesRepository = ReturnType<typeof createTemplatesRepository>
