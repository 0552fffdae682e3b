/** Placeholder until the feature's screen lands. */
export function OnSitePage() {
  return <div className="page" />;
}
