import type { Block } from 'payload'

/**
 * Languages offered to editors. Values are the names Prism and highlight.js both read from
 * `class="language-…"`, so a site can add either without touching content.
 */
export const CODE_LANGUAGES = [
  { label: 'Plain text', value: 'plaintext' },
  { label: 'Bash / shell', value: 'bash' },
  { label: 'C#', value: 'csharp' },
  { label: 'CSS', value: 'css' },
  { label: 'Go', value: 'go' },
  { label: 'GraphQL', value: 'graphql' },
  { label: 'HTML', value: 'html' },
  { label: 'Java', value: 'java' },
  { label: 'JavaScript', value: 'javascript' },
  { label: 'JSON', value: 'json' },
  { label: 'PHP', value: 'php' },
  { label: 'Python', value: 'python' },
  { label: 'Ruby', value: 'ruby' },
  { label: 'SQL', value: 'sql' },
  { label: 'TypeScript', value: 'typescript' },
  { label: 'YAML', value: 'yaml' },
]

/** A code example for developer-facing product copy and API docs. */
export const CodeSample: Block = {
  slug: 'codeSample',
  interfaceName: 'CodeSampleBlock',
  labels: { singular: 'Code sample', plural: 'Code samples' },
  fields: [
    { name: 'language', type: 'select', required: true, defaultValue: 'plaintext', options: CODE_LANGUAGES },
    { name: 'code', type: 'textarea', required: true, maxLength: 20_000, admin: { rows: 12 } },
    { name: 'caption', type: 'text', maxLength: 240 },
  ],
}
