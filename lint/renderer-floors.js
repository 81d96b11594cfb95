import path from 'node:path';

/**
 * The renderer's floors run one way. Under `root` (renderer/src) every folder is either a lower floor
 * (components, charts, stores, …: what many sections share) or a feature folder (a section or a view).
 * - A lower floor imports only lower floors, never a feature folder.
 * - A feature folder imports lower floors and its own files, never a sibling feature folder, except the
 *   folders it composes (`composes`: the project view composes the sections, a section its views).
 * - The files at the root (App.tsx, main.tsx) compose everything; nothing imports them.
 * Only relative imports are looked at: bare packages and shared/ (outside the root) are other rules' business.
 */
export const rendererFloors = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Renderer folders import one way: features never import sibling features, lower floors never features.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          floors: { type: 'array', items: { type: 'string' } },
          composes: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'floors'],
        additionalProperties: false,
      },
    ],
    messages: {
      lowerFloor:
        '{{from}}/ is a lower floor and never imports the feature folder {{to}}/. Move what both need down (into {{from}}/ or another lower floor).',
      sibling:
        '{{from}}/ may not import {{to}}/: feature folders do not import each other. Move what both need into a lower floor (profile/, components/, stores/ …), or let the folder that composes both pass it down.',
      root: '{{from}}/ may not import {{to}}: the files at the root compose the app, nothing imports them.',
    },
  },
  create(context) {
    const options = context.options[0];
    const root = path.resolve(context.cwd, options.root);
    const floors = new Set(options.floors);
    const composes = options.composes ?? {};
    const file = path.resolve(context.cwd, context.filename);
    const fromPath = path.relative(root, file).split(path.sep).join('/');
    if (fromPath.startsWith('..') || path.isAbsolute(fromPath)) return {};
    const fromParts = fromPath.split('/');
    // The root files (App.tsx, main.tsx) may import anything.
    if (fromParts.length < 2) return {};
    const from = fromParts[0];

    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path
        .relative(root, path.resolve(path.dirname(file), source))
        .split(path.sep)
        .join('/');
      if (target.startsWith('..') || path.isAbsolute(target)) return;
      const targetParts = target.split('/');
      const to = targetParts[0];
      if (targetParts.length < 2) {
        context.report({ node, messageId: 'root', data: { from, to } });
        return;
      }
      if (to === from || floors.has(to)) return;
      if (floors.has(from)) context.report({ node, messageId: 'lowerFloor', data: { from, to } });
      else if (!(composes[from] ?? []).includes(to)) context.report({ node, messageId: 'sibling', data: { from, to } });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'renderer-floors': rendererFloors } };
