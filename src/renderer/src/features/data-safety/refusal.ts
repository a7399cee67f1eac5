import { useErrorText } from '../../ui/errors'

/** One clear sentence per refused file, pointing to the other action when the kind is wrong. */
export function useRefusalText(context: 'restore' | 'exchange'): (error: unknown) => string {
  return useErrorText({ refusalContext: context })
}
