/** Time, as a port: tests and the year wheel need a clock they control. Dates are Swedish (Europe/Stockholm). */
export interface Clock {
  now(): Date;
  /** Today's date in Sweden, YYYY-MM-DD. */
  today(): string;
}
