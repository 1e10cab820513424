export { getGraph, GRAPH_DEFAULTS } from './graph';
export { getTimeline, TIMELINE_LIMIT } from './timeline';
