export { TimeSeriesChart, type TimeSeriesChartProps } from './TimeSeriesChart';
export { LatencyChart, type LatencyChartProps } from './LatencyChart';
export { ThroughputChart, errorsPerSecond, type ThroughputChartProps } from './ThroughputChart';
export { NodeChart, type NodeChartProps } from './NodeChart';
export { ChartLegend } from './ChartLegend';
export { sampleNodes, frameIndexAt, type NodeSample } from './nodeSamples';
export type { ChartLine } from './types';
export type { YScaleKind } from './scales';
export * from './format';
