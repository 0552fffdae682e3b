/**
 * Runs calls one at a time. TypeORM drives better-sqlite3 through promises on a single connection, so two calls
 * interleaving their awaits would share one transaction; a desk has one user at a time, so a queue costs nothing.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
