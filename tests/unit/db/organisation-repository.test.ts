import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ValidationError } from '@renderer/db'
import { defaultProfileValues } from '@renderer/features/settings/profile-form-values'
import { openTestRepositories } from './test-db'

describe('organisation repository', () => {
  let env: ReturnType<typeof openTestRepositories>
  beforeEach(() => {
    env = openTestRepositories()
  })
  afterEach(() => env.dispose())

  const valid = () => ({
    ...defaultProfileValues(2026),
    kopLines: ['PEMERINTAH KOTA KUPANG', 'DINAS PENANAMAN MODAL DAN PTSP'],
    unitName: 'Dinas Penanaman Modal dan PTSP Kota Kupang',
    city: 'Kupang',
  })

  it('saves the single profile and keeps its creation time on later saves', async () => {
    const first = await env.repositories.organisation.save(valid())
    env.setNow(new Date('2026-04-01T00:00:00Z'))
    const second = await env.repositories.organisation.save({ ...valid(), paper: 'F4' })
    expect(second.createdAt).toBe(first.createdAt)
    expect((await env.repositories.organisation.get())?.paper).toBe('F4')
  })

  it('names each invalid field and writes nothing', async () => {
    const bad = {
      ...valid(),
      city: '',
      email: 'bukan-email',
      head: { ...valid().head, nip: '123' },
    }
    await expect(env.repositories.organisation.save(bad)).rejects.toSatisfy((error) => {
      const paths = (error as ValidationError).problems.map((p) => `${p.path}:${p.code}`)
      expect(paths).toEqual(['email:invalid_email', 'city:required', 'head.nip:nip_digits'])
      return true
    })
    expect(await env.repositories.organisation.get()).toBeUndefined()
  })
})
