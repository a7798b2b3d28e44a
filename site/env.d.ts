declare namespace App {
  interface Locals {
    /** Whether the page has its schedule badges' script already (site/components/StatusBadge.astro). */
    scheduleScriptWritten?: boolean
    /** Whether the page has its open-now script already (site/components/OpeningHours.astro). */
    openStatusScriptWritten?: boolean
  }
}
