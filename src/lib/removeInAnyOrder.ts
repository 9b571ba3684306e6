/**
 * Empties things that may refer to each other (tables, collections) without knowing their order:
 * emptying one that a required reference still points at fails until the referring one is empty,
 * so what fails is retried in further passes while a pass makes progress. A pass in which
 * everything left fails is a real failure: its first error is thrown.
 */
export async function removeInAnyOrder<T>(
  items: readonly T[],
  remove: (item: T) => Promise<void>,
): Promise<void> {
  let pending = [...items]
  while (pending.length > 0) {
    const failed: { item: T; error: unknown }[] = []
    for (const item of pending) {
      try {
        await remove(item)
      } catch (error) {
        failed.push({ item, error })
      }
    }
    if (failed.length === pending.length) throw failed[0]!.error
    pending = failed.map(({ item }) => item)
  }
}
