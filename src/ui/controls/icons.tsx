/** Small inline icons: fonts on some systems lack the media-control glyphs. Decorative only. */
const Svg = ({ d, size = 18 }: { d: string; size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path d={d} fill="currentColor" />
  </svg>
);

export const PlayIcon = () => <Svg d="M7 4.5v15l13-7.5z" />;
export const PauseIcon = () => <Svg d="M6 4h4.5v16H6zm7.5 0H18v16h-4.5z" />;
export const StepBackIcon = () => <Svg d="M6 5h2.5v14H6zm3.5 7L19 5v14z" />;
export const StepForwardIcon = () => <Svg d="M15.5 5H18v14h-2.5zM14.5 12L5 19V5z" />;
export const RestartIcon = () => (
  <Svg d="M12 5V2L7 6.5 12 11V8a5 5 0 1 1-5 5H4.5A7.5 7.5 0 1 0 12 5z" />
);
export const DiceIcon = () => (
  <Svg d="M5 3h14a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm2.5 3a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm9 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM12 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM7.5 15a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm9 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z" />
);
