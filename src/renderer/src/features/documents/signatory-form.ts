import { z } from 'zod'
import {
  optionalText,
  requiredText,
  signatoryRoleSchema,
  signaturePrefixSchema,
  unsurSchema,
} from '@shared/domain'
import { normalizeNip } from '@shared/format/nip'

/** The signatory form: NIP typed with spaces is stored as its 18 digits, unsur '' means none. */
export const signatoryFormSchema = z.object({
  role: signatoryRoleSchema,
  prefix: signaturePrefixSchema,
  position: optionalText(200),
  onBehalfOf: optionalText(200),
  viaPosition: optionalText(200),
  name: requiredText(200),
  rank: optionalText(120),
  nip: z
    .string()
    .transform(normalizeNip)
    .pipe(z.string().regex(/^(\d{18})?$/, 'nip_digits')),
  institution: optionalText(200),
  unsur: z.union([unsurSchema, z.literal('')]),
  wet: z.boolean(),
})
export type SignatoryFormInput = z.input<typeof signatoryFormSchema>
export type SignatoryFormValues = z.output<typeof signatoryFormSchema>

export const EMPTY_SIGNATORY: SignatoryFormInput = {
  role: 'perwakilan_peserta',
  prefix: '',
  position: '',
  onBehalfOf: '',
  viaPosition: '',
  name: '',
  rank: '',
  nip: '',
  institution: '',
  unsur: '',
  wet: false,
}
