/** Placeholder until the feature's screen lands. */
export function BlocklistPage() {
  return <div className="page" />;
}
