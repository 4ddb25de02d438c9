// Draws a curve with uPlot: the result (万元) against the charted parameter, band edges as dashed vertical lines,
// constant caps as dashed horizontal lines, findings as red marks. Only here do the exact decimals become floats,
// as plotting coordinates; every number shown as text comes from the decimals.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Curve } from "./analyse.js";

const COLORS = { line: "#1f6f8b", edge: "#9aa5b1", cap: "#c9b458", finding: "#b3261e" };

function overlay(curve: Curve) {
  const edges = curve.edges.map((e) => e.value.toNumber());
  const caps = curve.caps.map((c) => c.value.toNumber());
  const marks = curve.findings.map((f) => f.at.toNumber());
  return (u: uPlot) => {
    const ctx = u.ctx, { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.lineWidth = devicePixelRatio;
    ctx.setLineDash([5 * devicePixelRatio, 4 * devicePixelRatio]);
    ctx.strokeStyle = COLORS.edge;
    for (const x of edges) {
      const px = u.valToPos(x, "x", true);
      ctx.beginPath(); ctx.moveTo(px, top); ctx.lineTo(px, top + height); ctx.stroke();
    }
    ctx.strokeStyle = COLORS.cap;
    for (const y of caps) {
      const py = u.valToPos(y, "y", true);
      if (py < top || py > top + height) continue;
      ctx.beginPath(); ctx.moveTo(left, py); ctx.lineTo(left + width, py); ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.fillStyle = COLORS.finding;
    for (const x of marks) {
      const px = u.valToPos(x, "x", true);
      ctx.beginPath(); ctx.arc(px, top + height - 6 * devicePixelRatio, 4 * devicePixelRatio, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.restore();
  };
}

/** Replaces the content of `el` with the chart; returns the plot (destroy it before drawing another). */
export function drawCurve(el: HTMLElement, curve: Curve, width: number): uPlot {
  const xs = curve.points.map((p) => p.x.toNumber());
  const ys = curve.points.map((p) => (p.y === null ? null : p.y.toNumber()));
  const unit = curve.param.kind === "money" ? "万元" : curve.param.kind === "ratio" ? "" : (curve.param.unit ?? "");
  el.replaceChildren();
  return new uPlot({
    width, height: 240,
    scales: { x: { time: false } },
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    axes: [
      { label: `${curve.param.name}${unit ? `（${unit}）` : ""}`, stroke: "#5f6b76", grid: { stroke: "#eef1f4" } },
      { label: "结果（万元）", stroke: "#5f6b76", grid: { stroke: "#eef1f4" }, size: 60 },
    ],
    series: [{}, { label: "结果", stroke: COLORS.line, width: 2, spanGaps: false, points: { show: false } }],
    hooks: { draw: [overlay(curve)] },
  }, [xs, ys], el);
}
