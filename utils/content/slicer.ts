/**
 * Work in time slices: items are processed until `budgetMs` is spent, then the rest waits for the
 * next frame, so a 1,000-card page never blocks the host page's main thread in one long task
 * (> 50 ms). Order is kept.
 */
export class Slicer<T> {
  private queue: T[] = [];
  private head = 0;
  private scheduled = false;

  constructor(
    private readonly work: (item: T) => void,
    private readonly budgetMs = 8,
  ) {}

  push(items: Iterable<T>): void {
    for (const item of items) this.queue.push(item);
    this.schedule();
  }

  clear(): void {
    this.queue = [];
    this.head = 0;
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  private schedule(): void {
    if (this.scheduled || this.pending === 0) return;
    this.scheduled = true;
    // One slice per frame, so the browser's style and layout work for what a slice inserted also
    // lands in its own frame; hidden tabs get no frames, so they fall back to timers.
    if (document.visibilityState === 'visible') requestAnimationFrame(() => this.run());
    else setTimeout(() => this.run(), 0);
  }

  private run(): void {
    this.scheduled = false;
    const end = performance.now() + this.budgetMs;
    while (this.head < this.queue.length && performance.now() < end) {
      const item = this.queue[this.head++]!;
      try {
        this.work(item);
      } catch (error) {
        console.warn('PayLens:', error);
      }
    }
    if (this.head >= this.queue.length) this.clear();
    else this.schedule();
  }
}
