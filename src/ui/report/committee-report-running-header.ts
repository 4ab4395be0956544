import { useEffect } from 'react';
import { cssString, headerTitle, RUNNING_TITLE_PROPERTY } from './committee-report-print';

/**
 * Puts the model's title along the top of every printed page while the report is on screen; leaving the
 * report takes it away, so printing another screen keeps the browser's own header.
 */
export function useRunningHeader(title: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    root.setProperty(RUNNING_TITLE_PROPERTY, cssString(headerTitle(title)));
    return () => {
      root.removeProperty(RUNNING_TITLE_PROPERTY);
    };
  }, [title]);
}
