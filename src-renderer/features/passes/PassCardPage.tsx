/** Placeholder until the feature's screen lands. */
export function PassCardPage() {
  return <div className="page" />;
}
