import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the app's charts draw: bars and lines on a grid with a tooltip and a legend, as SVG (crisp, light, printable).
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * One ECharts chart (echarts/core with the parts above registered). Load it with a dynamic import so ECharts stays
 * out of the pages that draw nothing. A chart is one image to a screen reader: `label` says what it shows, and the
 * page puts the same numbers in a table beside it.
 */
export function Chart({
  option,
  label,
  height = 240,
  className,
}: {
  option: ChartOption;
  label: string;
  height?: number;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: false }, animation: false, ...option }, true);
  }, [option]);

  return <div ref={box} className={className ? `chart ${className}` : 'chart'} role="img" aria-label={label} style={{ height }} />;
}
