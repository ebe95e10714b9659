import { daysBetween } from '../../lib/plan/day-math';
import { localDay } from '../../lib/format/local-day';
import { useInterviewDate } from '../hooks/use-interview-date';
import { useNow } from '../hooks/use-now';
import '../styles/days-left.css';

function daysLeftLabel(interviewDate: string, today: string): string {
  const n = daysBetween(today, interviewDate);
  if (n > 1) return `${n} days to the interview`;
  if (n === 1) return 'Interview tomorrow';
  if (n === 0) return 'Interview today';
  return 'Interview date passed';
}

export function DaysLeftText({ interviewDate, today }: { interviewDate: string; today: string }) {
  return (
    <span className="days-left" title={`Interview on ${interviewDate}`}>
      {daysLeftLabel(interviewDate, today)}
    </span>
  );
}

/** Days to the interview for headers; nothing until a date is set. */
export function DaysLeft({ href }: { href?: string }) {
  const date = useInterviewDate();
  const now = useNow(60_000);
  if (!date) return null;
  const text = <DaysLeftText interviewDate={date} today={localDay(now)} />;
  return href ? (
    <a href={href} target="_blank" rel="noreferrer" className="days-left-link">
      {text}
    </a>
  ) : (
    text
  );
}
