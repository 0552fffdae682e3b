/** Placeholder until the feature's screen lands. */
export function ReleasesPage() {
  return <div className="page" />;
}
