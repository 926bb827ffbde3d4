/** The settings `mxGuard.filteringService.*`, read in one place for the hover and the Outage Scenarios panel. */
import * as vscode from 'vscode';
import { defaultFilteringService, filteringServiceProfile, ScheduleError, type FilteringServiceSettings } from '../core/delivery';

/**
 * Name, hours and schedule. A schedule that cannot be read is dropped with a warning (once per distinct
 * mistake), so the user learns why the default is used instead.
 */
export function readFilteringService(): FilteringServiceSettings {
  const config = vscode.workspace.getConfiguration('mxGuard.filteringService');
  const settings: FilteringServiceSettings = {
    name: config.get<string>('name', defaultFilteringService.name),
    retryHours: config.get<number>('retryHours', defaultFilteringService.retryHours),
    schedule: config.get<FilteringServiceSettings['schedule']>('schedule', null),
  };
  try {
    filteringServiceProfile(settings);
    return settings;
  } catch (error) {
    if (!(error instanceof ScheduleError)) throw error;
    if (reported !== error.message) void vscode.window.showWarningMessage(`MX Guard: ${error.message}; using retryHours instead.`);
    reported = error.message;
    return { ...settings, schedule: null };
  }
}

let reported: string | undefined;

/** What the SMTP hover says the filtering service does: its name and how long it keeps retrying, in hours. */
export function filteringServiceForHover(): { name: string; retryHours: number } {
  const profile = filteringServiceProfile(readFilteringService());
  return { name: profile.name, retryHours: Math.round((profile.giveUpAfter / 3600) * 10) / 10 };
}
