import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PART_NAMES } from '../design/types';
import { loadBand, loadText } from '../persist/diagramSvg';
import { summary } from './fields';
import type { PartFlowNode } from './flowModel';
import { KIND_GLYPHS } from './glyphs';

/**
 * One part on the canvas: its name, its key setting, its load after a test and its problems.
 * Load and problems are written out in words and marked with a shape, never colour alone.
 */
function PartNodeView({ data, selected }: NodeProps<PartFlowNode>) {
  const { part, issues, error, util, asked, bottleneck, wireStart } = data;
  const band = util === null ? null : loadBand(util);
  const classes = [
    'part-node',
    `part-${part.kind}`,
    band ? `load-${band}` : '',
    bottleneck ? 'is-bottleneck' : '',
    issues.length ? (error ? 'has-error' : 'has-warning') : '',
    wireStart ? 'is-wire-start' : '',
    selected ? 'is-selected' : '',
  ];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-part={part.id} data-kind={part.kind}>
      {/* Nothing should send requests to Clients, but a wire that does must still be drawn
          (validation marks it), so Clients keep a target handle that cannot start a wire. */}
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={part.kind !== 'clients'}
        className={part.kind === 'clients' ? 'handle-unused' : undefined}
        title={`Wire into ${part.label}`}
      />
      <div className="part-title">
        <span className="part-glyph" aria-hidden="true">
          {KIND_GLYPHS[part.kind]}
        </span>
        <span className="part-label">{part.label}</span>
      </div>
      <div className="part-summary">
        {part.label !== PART_NAMES[part.kind] && (
          <span className="part-kind">{PART_NAMES[part.kind]} · </span>
        )}
        {summary(part.kind, part.props as never)}
      </div>
      {util !== null && (
        <div className="part-load" data-load={band}>
          {band === 'over' ? '▲ ' : band === 'busy' ? '◆ ' : '● '}
          {loadText(util, asked)}
          {bottleneck ? ' · bottleneck' : ''}
        </div>
      )}
      {issues.length > 0 && (
        <div className="part-issue" title={issues.join('\n')}>
          {error ? '✖ ' : '⚠ '}
          {issues[0]}
          {issues.length > 1 ? ` (+${issues.length - 1} more)` : ''}
        </div>
      )}
      <Handle type="source" position={Position.Right} title={`Wire out of ${part.label}`} />
    </div>
  );
}

export const PartNode = memo(PartNodeView);
