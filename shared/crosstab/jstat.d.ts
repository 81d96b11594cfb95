/** The part of jStat (https://github.com/jstat/jstat, MIT) the statistics use; it ships no types of its own. */
declare module 'jstat' {
  interface JStat {
    /** ln Γ(x). */
    gammaln(x: number): number;
    /** The lower regularised incomplete gamma function P(a, x). */
    lowRegGamma(a: number, x: number): number;
    /** ln n!. */
    factorialln(n: number): number;
  }
  const jStat: JStat;
  export default jStat;
}
