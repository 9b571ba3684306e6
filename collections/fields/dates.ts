/**
 * One way of writing dates across the admin (date-fns patterns): "21 Nov 2026, 15:42" for a
 * moment, "21 Nov 2026" for a day. The config's `admin.dateFormat` covers lists and Payload's own
 * dates; date fields name theirs, as the picker's display format.
 */
export const DATE_TIME_FORMAT = 'd MMM yyyy, HH:mm'
export const DATE_FORMAT = 'd MMM yyyy'
