import { readDataset } from './scripts/lib/dataset-files';
import { parseCells } from './utils/estimate/dataset-file';
import { buildWageIndex, readIlostat, latestPerCountry } from './scripts/lib/dataset/wage-level';
import { loadInflation } from './scripts/lib/dataset/inflation';
import { REFERENCE_T } from './scripts/lib/dataset/constants';
import { makeLogRate } from './scripts/lib/dataset/build';
import { median } from './utils/estimate/stats';
import { FAMILY_DEFS } from './utils/normalize/title-tables';
const D='/work/shared/data';
const infl = loadInflation(D);
const w = buildWageIndex(D, infl, REFERENCE_T).index;
const usRow = latestPerCountry(readIlostat(D).rows).get('US')!;
const usAvg = Math.log(usRow.earningsPpp*12*infl.factor('USD', usRow.year+0.5, REFERENCE_T));
const { cells: file, meta } = readDataset('public/data');
const cells = parseCells(file);
const sf = meta.statFamily;
const usNat = new Map<string, number>(); const usState = new Map<string, number[]>();
for (const c of cells) { if (c.kind!=='statistic'||c.level!=='*'||c.company) continue;
  if (c.geo==='c:US') usNat.set(c.family, c.logP50);
  if (c.geo.startsWith('s:US-')) (usState.get(c.family) ?? usState.set(c.family, []).get(c.family)!).push(c.logP50); }
const usOf = (f: string) => { const g = sf[f] ?? f; return usNat.get(g) ?? (usState.get(g) ? median(usState.get(g)!) : undefined); };
const group = new Map(FAMILY_DEFS.map(d=>[d.family,d.group]));
type R = {cc:string, f:string, off:number, us:number, nat:boolean};
const recs: R[] = [];
for (const c of cells) { if (c.kind!=='statistic'||c.level!=='*'||!c.geo.startsWith('o:')) continue;
  const us = usOf(c.family); if (us===undefined) continue; recs.push({cc:c.geo.slice(2), f:c.family, off:c.logP50, us, nat: usNat.has(sf[c.family]??c.family)}); }
const ccs = ['GB','CA','AU','SG'];
const fmt=(xs:number[])=>xs.length?median(xs.map(Math.abs)).toFixed(3)+` (bias ${median(xs).toFixed(3)})`:'n/a';
// slope of off on us within country
function slope(rs: R[]) { const byc = new Map<string,R[]>(); for (const r of rs) (byc.get(r.cc)??byc.set(r.cc,[]).get(r.cc)!).push(r);
 let sxy=0,sxx=0; for (const xs of byc.values()) { const mx = xs.reduce((s,r)=>s+r.us,0)/xs.length, my = xs.reduce((s,r)=>s+r.off,0)/xs.length; for (const r of xs){sxy+=(r.us-mx)*(r.off-my); sxx+=(r.us-mx)**2;} } return sxy/sxx; }
for (const cc of ccs) {
  const rs = recs.filter(r=>r.cc===cc); const idx = w[cc]?.ln;
  const others = recs.filter(r=>r.cc!==cc);
  const beta = slope(others);
  const A = idx===undefined?[]:rs.map(r=>r.us+idx-r.off);
  const An = idx===undefined?[]:rs.filter(r=>r.nat).map(r=>r.us+idx-r.off);
  const C = idx===undefined?[]:rs.map(r=>usAvg+idx+beta*(r.us-usAvg)-r.off);
  // rel within country (demeaned over its families) vs US
  const relD = (r: R) => { const ks = ccs.filter(k=>k!==cc); const ds: number[] = []; for (const k of ks) { const kr = recs.filter(x=>x.cc===k); const o = kr.find(x=>x.f===r.f); if (!o) continue; const mo = kr.reduce((s,x)=>s+x.off,0)/kr.length, mu = kr.reduce((s,x)=>s+x.us,0)/kr.length; ds.push((o.off-mo)-(o.us-mu)); } return ds.length? ds.reduce((a,b)=>a+b,0)/ds.length : 0; };
  const B = idx===undefined?[]:rs.map(r=>r.us+idx+relD(r)-r.off);
  // oracle: what if country level were known (median residual of A) - structure error only
  const oracle = A.length? (()=>{const m=median(A); return A.map(x=>x-m);})():[];
  // also the existing officialIndex approach (pay index in USD) for reference
  console.log(cc, 'n', rs.length, 'nat', An.length, 'idx', idx, 'beta', beta.toFixed(3));
  console.log('  A scaled-US', fmt(A), ' A on national-stat families', fmt(An));
  console.log('  B +occupation relative (LOO)', fmt(B));
  console.log('  C compression beta (LOO)', fmt(C));
  console.log('  oracle level (structure only)', fmt(oracle));
}
console.log('--- calibrated (LOO over GB/AU)');
const anchored = ['GB','AU'];
for (const set of ['all','nat'] as const) for (const cc of anchored) {
  const pick = (k: string) => recs.filter(r=>r.cc===k && (set==='all'||r.nat));
  const other = anchored.find(k=>k!==cc)!;
  const b = -median(pick(other).map(r=>r.us+w[other]!.ln-r.off));
  const D = pick(cc).map(r=>r.us+w[cc]!.ln+b-r.off);
  const beta = slope(recs.filter(r=>r.cc!==cc));
  const bC = -median(pick(other).map(r=>usAvg+w[other]!.ln+beta*(r.us-usAvg)-r.off));
  const E = pick(cc).map(r=>usAvg+w[cc]!.ln+beta*(r.us-usAvg)+bC-r.off);
  console.log(set, cc, 'n', D.length, 'b', b.toFixed(3), 'D', fmt(D), 'E', fmt(E), 'bC', bC.toFixed(3));
}
