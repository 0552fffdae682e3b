/** Placeholder until the feature's screen lands. */
export function HistoryPage() {
  return <div className="page" />;
}
