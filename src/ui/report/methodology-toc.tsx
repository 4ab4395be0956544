import { METHOD_SECTIONS } from './methodology-contents';

export function MethodologyToc() {
  return (
    <nav className="report-toc" aria-labelledby="methodology-contents-heading">
      <h3 id="methodology-contents-heading">On this page</h3>
      <ol>
        {METHOD_SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
