/** How each caseload stream is projected over the horizon. */
export function MethodologyCaseloads() {
  return (
    <>
      <h4>Caseloads and trends</h4>
      <p>Each caseload stream is projected for every year of the horizon by one of five methods:</p>
      <ul>
        <li>
          <strong>Flat:</strong> the caseload stays at the latest recorded count, or at a figure you
          give when there is no history.
        </li>
        <li>
          <strong>Fixed growth rate:</strong> the caseload grows (or shrinks) by the same percentage
          every year from the latest recorded count: count × (1 + rate)^(years since that count).
        </li>
        <li>
          <strong>Straight-line trend:</strong> a straight line fitted through the recorded years by
          least squares. A caseload cannot be negative, so where the line would fall below zero it
          is held at zero, and the app warns you that it did so.
        </li>
        <li>
          <strong>Compound trend:</strong> a curve that grows by the same percentage each year,
          fitted to the recorded years (every count must be above zero). The app shows the annual
          growth this implies, so you can judge whether it is believable.
        </li>
        <li>
          <strong>Your own figures:</strong> you type one count for each year of the horizon.
        </li>
      </ul>
      <p>
        Projected caseloads are expected values, so they are not rounded to whole cases in the
        calculation. The services do not change the caseload: they change what its cases cost.
      </p>
    </>
  );
}
