import { render } from 'preact';
import { AllSitesToggle } from '../../components/AllSitesToggle';
import '../../components/page.css';

function Welcome() {
  return (
    <main>
      <h1>Welcome to PayLens</h1>
      <p>
        PayLens puts a salary estimate next to job postings on the job boards and applicant-tracking sites it knows. Every figure says
        what it is, for which role and place, and how many salaries stand behind it. With no data, it says so.
      </p>
      <h2>Company career pages</h2>
      <AllSitesToggle />
      <h2>Privacy</h2>
      <p class="muted">
        Estimates come from a dataset inside the extension. Nothing you browse or save leaves this browser unless you turn sharing on in
        the settings.
      </p>
    </main>
  );
}

render(<Welcome />, document.getElementById('app')!);
