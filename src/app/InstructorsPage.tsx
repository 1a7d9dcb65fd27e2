import { Head } from '../lib/head';

export default function InstructorsPage() {
  return (
    <div>
      <Head title="For instructors" description="How to link to and embed any part of Ring Zero." path="/instructors" />
      <h1 tabIndex={-1}>For instructors</h1>
    </div>
  );
}
