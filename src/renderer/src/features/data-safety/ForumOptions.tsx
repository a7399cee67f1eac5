/** The forums as the options of a select, by title. */
export function ForumOptions({ forums }: { forums: { id: string; title: string }[] | undefined }) {
  return (forums ?? []).map((forum) => (
    <option key={forum.id} value={forum.id}>
      {forum.title}
    </option>
  ))
}
