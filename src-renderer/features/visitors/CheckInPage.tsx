/** Placeholder until the feature's screen lands. */
export function CheckInPage() {
  return <div className="page" />;
}
