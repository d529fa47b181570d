import type { ServerProps } from 'payload'
import React from 'react'

/** "Calendar" (publishing and distributions) under the collections in the admin nav. */
export const CalendarNavLink: React.FC<ServerProps> = ({ payload }) => (
  <a className="nav__link" href={`${payload.config.routes.admin}/calendar`} style={{ marginTop: '1rem' }}>
    <span className="nav__link-label">Calendar</span>
  </a>
)
