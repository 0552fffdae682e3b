/** Placeholder until the feature's screen lands. */
export function PassesPage() {
  return <div className="page" />;
}
