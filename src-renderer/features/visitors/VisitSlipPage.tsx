/** Placeholder until the feature's screen lands. */
export function VisitSlipPage() {
  return <div className="page" />;
}
