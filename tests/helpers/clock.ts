import type { Clock } from '../../bot/core/feature';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: string | Date = '2026-03-02T09:00:00+08:00') {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: string | Date): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
  advanceMinutes(minutes: number): void {
    this.advance(minutes * 60_000);
  }
  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
