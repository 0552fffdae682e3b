/** Placeholder until the feature's screen lands. */
export function ReleaseSlipPage() {
  return <div className="page" />;
}
