/**
 * The market band on one scale: p25–p75 as a bar, the median as a tick, and optionally the
 * posting's published range and the user's own pay as markers. Presentational: every figure and
 * label comes in as props (already formatted and translated), so the popup and the badge's
 * details card can share it. The picture is described for screen readers by `summary`.
 */
export interface RangeBarProps {
  p25: number;
  p50: number;
  p75: number;
  /** the posting's published range, on the same scale (same currency and period) */
  posted?: { min: number | null; max: number | null } | null;
  /** the user's own pay, on the same scale */
  mine?: number | null;
  /** amount → text ("₹23.7 LPA") */
  format(amount: number): string;
  labels: { band: string; median: string; posted?: string; mine?: string };
  /** one sentence saying what the picture shows, for assistive technology */
  summary: string;
}

const clampPct = (x: number) => Math.max(0, Math.min(100, x));

export function RangeBar({ p25, p50, p75, posted, mine, format, labels, summary }: RangeBarProps) {
  const values = [p25, p75, posted?.min, posted?.max, mine].filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.12 || hi * 0.1 || 1;
  const min = Math.max(0, lo - pad);
  const max = hi + pad;
  const at = (v: number) => clampPct(((v - min) / (max - min)) * 100);
  const postedMin = posted?.min ?? posted?.max ?? null;
  const postedMax = posted?.max ?? posted?.min ?? null;
  return (
    <figure class="rangebar" data-testid="range-bar">
      <div class="rb-track" role="img" aria-label={summary}>
        <div class="rb-band" style={{ left: `${at(p25)}%`, width: `${at(p75) - at(p25)}%` }} />
        <div class="rb-median" style={{ left: `${at(p50)}%` }} />
        {postedMin !== null && postedMax !== null ? (
          <div class="rb-posted" data-testid="range-posted" style={{ left: `${at(postedMin)}%`, width: `${Math.max(0.8, at(postedMax) - at(postedMin))}%` }} />
        ) : null}
        {typeof mine === 'number' && mine > 0 ? <div class="rb-mine" data-testid="range-mine" style={{ left: `${at(mine)}%` }} /> : null}
      </div>
      <figcaption class="rb-legend" aria-hidden="true">
        <span>
          <i class="rb-key rb-key-band" /> {labels.band} {format(p25)}–{format(p75)}
        </span>
        <span>
          <i class="rb-key rb-key-median" /> {labels.median} {format(p50)}
        </span>
        {postedMin !== null && labels.posted ? (
          <span>
            <i class="rb-key rb-key-posted" /> {labels.posted}
          </span>
        ) : null}
        {typeof mine === 'number' && labels.mine ? (
          <span>
            <i class="rb-key rb-key-mine" /> {labels.mine} {format(mine)}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
