/** The lunar calendar and weekends, for the site: the one module is shared with the Studio (schemas/lib/lunar.ts). */
export * from '../../schemas/lib/lunar'
