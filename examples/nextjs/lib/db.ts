// A stand-in for a database client such as Prisma.
export declare const db: any;
